import { jumpTo } from '../shell/jump-to.js';
import { useUi } from '../shell/page-language.js';
import { buildPath } from '../routing/routes.js';
import { useRoute } from '../routing/use-route.js';
import { sourceAnchorId } from './citation-numbers.js';

/** Numbered citation links, e.g. "[1] [3]", after a paragraph or a quote. */
export function Citations({ numbers }: { numbers: readonly number[] }) {
  const t = useUi();
  const route = useRoute();
  if (numbers.length === 0) return null;
  // The href keeps the current route, so opening the link in a new tab still shows this step.
  const href = `#${buildPath(route)}`;
  return (
    <span className="citations">
      {numbers.map((number) => (
        <sup key={number} className="citation">
          <a
            href={href}
            onClick={(event) => {
              jumpTo(event, sourceAnchorId(number));
            }}
          >
            <span aria-hidden="true">[</span>
            <span className="visually-hidden">{t('sources.citationPrefix')} </span>
            {number}
            <span aria-hidden="true">]</span>
          </a>
        </sup>
      ))}
    </span>
  );
}
