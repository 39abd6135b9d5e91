import type { LessonText } from './types.js';

/**
 * The lesson's words in English, keyed by chapter slug, step slug and quiz
 * id from `outline.ts` (paragraphs, quotes and timeline items in the
 * outline's order). Everything that is not words (order, minutes, demos,
 * sources, right answers) is in the outline.
 */
export const textEn = {
  chapters: {
    vote: {
      title: 'The night of the vote',
      summary:
        '20 March 2025: the French National Assembly refuses, 119 to 24, to open messengers to the intelligence services.',
      steps: {
        'the-bill': {
          title: 'A clause in a drug-trafficking bill',
          lead: 'January 2025: the Senate adds Article 8 ter, forcing messengers to hand over decrypted messages within 72 hours.',
          paragraphs: [
            'In early 2025 the French Parliament was working on a bill against drug trafficking, the “Proposition de loi visant à sortir la France du piège du narcotrafic” (a bill to get France out of the drug-trafficking trap). It came from two senators, Jérôme Durain (Socialist) and Étienne Blanc (Les Républicains), and the Senate passed it almost unanimously on 4 February 2025, by 338 votes to 1.',
            'During that debate, on 28 January 2025, the Senate added a clause: Article 8 ter (amendment no. 73). It would have required encrypted messaging services to be able to give the intelligence services the messages of suspects, decrypted, within 72 hours of a request.',
            'Then the bill went to the National Assembly. Its law committee deleted the clause on the evening of 5 March 2025. The then Interior Minister, Bruno Retailleau, wanted it back: in the debate in the chamber, three deputies from the governing camp proposed a rewritten version, and the minister was accused of trying to bring his measure back “through the window”.',
          ],
          notes: [
            'Open with a question on the board: “Should the police be able to read a suspect’s WhatsApp messages?” Take a quick show of hands and write down the count: you will come back to it at the very end.',
            'Explain two words: an amendment is a change proposed to a bill; “8 ter” is only numbering, an article slotted in after Articles 8 and 8 bis.',
            'Keep the path of a bill simple: Senate, then Assembly (committee first, then the whole chamber), then both chambers must agree.',
            'Timing: about 2 minutes.',
          ],
        },
        'the-night': {
          title: 'The night the voting machine broke',
          demoTitle: 'The vote',
          lead: '20 March 2025: the voting machine fails, the deputies vote by roll call: 119 against, 24 for.',
          paragraphs: [
            'On the evening of Thursday 20 March 2025, the deputies were about to vote on amendments that would put the clause back. Then the electronic voting system failed. For about an hour, staff tried to repair it, and some deputies wondered aloud whether it had been hacked.',
            'The Vice-President chairing the session, Naïma Moutchou (Horizons), told the chamber it was not a computer-security problem: a small part of the system had overheated. She then used the old method. She called all 577 deputies by name, one by one, and each deputy present answered “for” or “against” at the microphone.',
            'Shortly before midnight she announced the result: 119 against, 24 for. The clause stayed out of the bill.',
          ],
          quotes: [
            {
              text: 'We are not victims of a malfunction linked to IT security.',
              speaker:
                'Naïma Moutchou, then Vice-President of the National Assembly (Horizons), in English translation',
              source: 'pinnacleGazette',
            },
          ],
          notes: [
            'Show the tally chart. Then ask: 119 + 24 = 143 votes were cast, out of 577 deputies. Why so few? (It was late at night; only the deputies in the chamber answered when their name was called.)',
            'The press enjoyed the irony: a vote about digital security interrupted by a computer failure. Point out that the chair said clearly it was not an attack.',
            'Timing: about 3 minutes, demo included.',
          ],
        },
        'who-argued-what': {
          title: 'Who argued what',
          lead: 'For: investigators say they are “blind”. Against: a way in built for the police is a way in for others too.',
          paragraphs: [
            'For the measure: Bruno Retailleau argued that investigators need to read what criminals write to each other. He pointed to Mohamed Amra, a suspected drug trafficker who escaped during a prison transfer and stayed on the run for nine months: with the bill’s methods, he said, the hunt could have taken half as long. The head of the DGSI, France’s domestic intelligence service, said her service was “blind” to what its targets say.',
            'Against: on 4 March 2025 the steering committee of the Global Encryption Coalition published an open letter asking for the clause to be removed. The CNIL, France’s data-protection authority, and security experts warned that a way in built for the authorities could just as well be used by others. The Electronic Frontier Foundation (EFF) called the text a return of the “ghost participant” model: a backdoor that lets police silently join encrypted chats.',
            'On 19 March, Meredith Whittaker, president of the Signal Foundation, said that Signal would rather leave France than weaken its encryption.',
            'Earlier the same evening, the deputies had debated a different tool: an experiment with algorithmic surveillance to detect organised crime. Élisa Martin (LFI) said it would cast very wide nets over private lives (her words reached us only through a machine translation of Le Monde); Bruno Retailleau, then Interior Minister, answered that it was supervised and targeted. The Assembly approved it that night; in June the Conseil constitutionnel struck it down.',
          ],
          quotes: [
            {
              text: 'In very concrete terms, we are blind to the content of our targets’ conversations.',
              speaker:
                'Céline Berthon, then Director General of the DGSI, interviewed by the Journal du Dimanche (16 March 2025); our translation',
            },
            {
              text: 'It’s supervised, it’s targeted.',
              speaker:
                'Bruno Retailleau, then Interior Minister, about the algorithmic-surveillance experiment (translated from Le Monde)',
            },
            {
              text: 'A backdoor that pretends not to be one.',
              speaker: 'Electronic Frontier Foundation, about the “ghost participant” model',
            },
            {
              text: 'The legislation will leave France less safe against criminals and foreign adversaries.',
              speaker:
                'Global Encryption Coalition steering committee, open letter of 4 March 2025',
            },
          ],
          notes: [
            'Draw two columns on the board, “for” and “against”, and fill them in as you read. Make sure both columns get real arguments, not caricatures.',
            'Be precise: Retailleau’s “supervised, targeted” was about the algorithmic-surveillance experiment, not about the encryption clause. That experiment was later struck down by the Conseil constitutionnel.',
            'Ask what Céline Berthon means by “blind”. (The services can still intercept the traffic, but they cannot read it.) Keep the answer for chapter 2.',
            'Timing: about 3 minutes.',
          ],
        },
      },
    },
    e2ee: {
      title: 'How end-to-end encryption works',
      summary: 'Type real messages and watch what the server can and cannot see.',
      steps: {
        'alice-and-bob': {
          title: 'Alice, Bob and the server',
          demoTitle: 'A private chat between two people',
          lead: 'Each phone makes its own keys: the server passes on ciphertext it cannot read, but it sees the metadata.',
          paragraphs: [
            'In an end-to-end encrypted messenger such as Signal or WhatsApp, each phone makes its own keys: a public key that it can share with anyone, and a private key that never leaves the phone.',
            'Type a message as Alice. Before it leaves her phone, it is locked so that only Bob’s phone can unlock it. The provider’s server passes it on, but all it holds is ciphertext: bytes that look random.',
            'The server still learns a lot: who writes to whom, when, how often, and roughly how long each message is. This is called metadata. End-to-end encryption hides the letter, not the envelope.',
          ],
          notes: [
            'Let two volunteers type as Alice and Bob and project the server’s view. Challenge the class to read a message from the server panel. They can’t.',
            'Ask what the server can still learn, and push towards metadata: who, when, how often, how long.',
            'If an image helps: a locked box sent by post. The postman sees the address and the weight, not the letter inside.',
            'Timing: about 3 minutes.',
          ],
        },
        'a-group': {
          title: 'A group chat, and who can read what',
          demoTitle: 'A group chat',
          lead: 'Each message gets a fresh key, locked for every member’s device: the server relays them all and reads none.',
          paragraphs: [
            'Now Alice, Bob and Carol share a group. Every message gets its own fresh key. The sender’s app encrypts the message once, then locks a copy of that message key for the device of each member.',
            'The table fills in as messages are sent. A tick means that person’s device really decrypted the message: the app tried each key for real, it did not just look up a list.',
            'The server has a column too. It stays empty: the server relays every message and can read none of them.',
          ],
          notes: [
            'Send three or four messages and let students predict each row before it fills in.',
            'Write the rule the whole lesson rests on: you can read a message only if a copy of its key was locked for your device when it was sent.',
            'Timing: about 2 minutes.',
          ],
        },
        'one-message': {
          title: 'One message, step by step',
          demoTitle: 'One message, step by step',
          lead: 'Draw a key, encrypt, wrap the key for each device, sign, relay, check, decrypt: one message, step by step.',
          paragraphs: [
            'Follow a single message. 1. Alice’s app draws a fresh random message key. 2. It encrypts the text with XChaCha20-Poly1305, which also detects any change made on the way. 3. It locks (“wraps”) the message key for each recipient device, using an X25519 key agreement with that device’s public key. 4. It signs the package with Alice’s Ed25519 signing key.',
            '5. The server relays the package. 6. Bob’s app checks the signature, unwraps the message key with his private key and decrypts the text. If a single byte was changed on the way, decryption fails instead of showing a wrong message.',
            'The demo uses the libsodium library. Real messengers use the same families of tools (key agreement, authenticated encryption, signatures), arranged in more elaborate protocols.',
          ],
          notes: [
            'Go slowly: one click per step. For each step ask what it protects against: someone reading, someone changing the message, someone pretending to be Alice.',
            'The bytes on screen are real, nothing is typed by hand. Send the same text twice and show that the ciphertext is different each time (a fresh key and a fresh nonce).',
            'Timing: about 3 minutes. If time is short, jump to step 6.',
          ],
        },
      },
    },
    ghost: {
      title: 'The ghost participant',
      summary: 'A proposal from GCHQ: add a silent member to the chat and hide the notice.',
      steps: {
        'the-proposal': {
          title: 'A silent extra member',
          lead: 'GCHQ, 2018: the provider could silently add a law-enforcement “ghost” to a conversation.',
          paragraphs: [
            'In November 2018, Ian Levy and Crispin Robinson, two senior officials of GCHQ, the British signals-intelligence agency, published an essay on the Lawfare website. Their idea: since the provider manages who is in a conversation, it could silently add a law-enforcement participant and not show users the usual notice.',
            'On 30 May 2019, an open letter with 47 signatories, including Apple, Google, Microsoft and WhatsApp, answered them. To add the ghost, they explained, a provider would have to hand out a new key and suppress the notices users normally see. That breaks the very thing that lets users trust who they are talking to.',
            'The French clause was a ghost too. The then Interior Minister said it was not a backdoor but a copy of the messages sent to a third party, what the press called the “ghost” solution. Put simply: a message from A to B would also go to C. A third reader that the app adds without telling anyone is exactly the ghost, and the EFF said the same of the French text.',
          ],
          notes: [
            'Ask: who decides who is in a WhatsApp group? (Members press “add”, but the server keeps the list and tells every app who is in.) That list is the weak point the ghost uses.',
            'Be fair to the authors: they presented the ghost as a targeted tool, closer to a phone tap than to breaking encryption. The open letter answered that it damages trust for every user.',
            'Draw it: A writes to B, and C also receives the message. Ask: who is C in our demo? (The ghost.)',
            'Timing: about 2 minutes.',
          ],
        },
        'access-order': {
          title: 'The access order',
          demoTitle: 'The access order',
          lead: 'The server adds the ghost to the group and hides it: the apps now lock each new message key for it too.',
          paragraphs: [
            'Now you play the authorities. Issue the access order for the group. The server obeys: it adds the ghost’s device to the group’s member list, and tells the members’ apps not to show it.',
            'From that moment, the members’ apps also lock a copy of each new message key for the ghost. Watch the table: a new column appears. It fills in for the messages sent after the order, and stays empty for the messages sent before.',
            'Nothing in the encryption was broken. The mathematics still works perfectly: the apps were simply told to encrypt for one more reader.',
          ],
          notes: [
            'Before clicking, ask the class to predict: will the ghost be able to read the earlier messages? Many will say yes. Then show the column.',
            'Why only later messages: the keys of the earlier messages were locked only for the devices that were members at the time.',
            'Timing: about 3 minutes.',
          ],
        },
        'the-hidden-notice': {
          title: 'The notice nobody saw',
          demoTitle: 'What the members were told',
          lead: 'The apps would have said “someone joined”: the ghost only works if the provider can hide who is reading.',
          paragraphs: [
            'Messengers normally show a line in the chat when someone joins, or when a contact’s security code changes. Here the provider suppressed it. Reveal the notice that the members’ apps would have shown.',
            'This is the heart of the problem. The ghost only works if the provider can make your app hide who is reading. A law that forces providers to do this forces them to build apps that can hide readers, and whoever gets control of that switch can use it.',
          ],
          notes: [
            'Ask: if you had seen this notice, what would you have done? (Left the group, warned friends, stopped writing.) That is exactly why the proposal needs it hidden.',
            'Link back to the open letter: suppressing notices is precisely what the 47 signatories objected to.',
            'Timing: about 3 minutes, then move on to chapter 4.',
          ],
        },
      },
    },
    catch: {
      title: 'Catching the ghost',
      summary: 'Safety numbers, member lists signed by the members, and what real messengers do.',
      steps: {
        'safety-numbers': {
          title: 'Safety numbers',
          demoTitle: 'Comparing safety numbers',
          lead: 'Compare safety numbers: if they match, no one slipped a different key between Alice and Bob.',
          paragraphs: [
            'Two contacts can compare a safety number: a fingerprint computed from both people’s public keys. If Alice and Bob read the same number on their screens, face to face or over a call, no one can have slipped a different key between them.',
            'When a contact’s key changes, Signal shows a “safety number changed” warning in the conversation. Usually it is harmless, for example a new phone, but it is also exactly what a swapped key would trigger.',
            'Use the demo: compare the numbers on two phones, then see what changes when the server slips in a key of its own.',
          ],
          notes: [
            'Have two students read their numbers aloud. Ask why the comparison must happen outside the app. (If the server could change the keys, it could also change the number the app shows.)',
            'Warn about habits: many people tap past these warnings without checking. A protection only works if someone looks.',
            'Timing: about 2 minutes.',
          ],
        },
        'verify-the-roster': {
          title: 'Who vouches for the member list?',
          demoTitle: 'Checking who is in the group',
          lead: 'Here the server’s list decides who gets a key; only a list the members sign stops the server adding a reader alone.',
          paragraphs: [
            'The ghost hides in the member list the server hands out. In the demo’s group, as in WhatsApp groups, that list decides who gets a key: Carol’s app encrypts to every device on it, and the only warning is a notice the server can ask the app to hide. Carol’s careful app can report a device hidden from the screen, but it still encrypts to it.',
            'In a member-signed group, as in MLS, every change to the list is signed by a current member and chained to the previous change. The server cannot forge a member’s signature, so it cannot add a ghost alone: every member’s app would refuse it.',
            'The order then has to target the apps: it can force one member’s app to sign the ghost in and hide it, and the ghost reads silently again. That was the core objection of the 2019 open letter: the backdoor is the app that obeys.',
          ],
          notes: [
            'Point at the flagged row: Carol’s app knows about the Ghost because it is the one encrypting to it, yet it encrypts to it all the same. Ask what would change if the members signed the list. (The server alone could no longer add a reader; it could still delay or drop changes and see metadata.)',
            'If someone asks “what if the law forces the app to sign the ghost in?”: that is exactly the last paragraph. It is why open-source apps and independent audits matter.',
            'Timing: about 3 minutes.',
          ],
        },
        'member-signed': {
          title: 'The same order, two kinds of group',
          demoTitle: 'One access order against both kinds of group',
          lead: 'Where the server’s list rules, the ghost gets in alone; where members sign the list, it takes an app that obeys.',
          paragraphs: [
            'Left, a group whose member list the server runs, as WhatsApp groups are: the access order adds the Ghost, hides it, suppresses the notices, and every app encrypts the next message to it. Right, a member-signed group, as in MLS: the same order changes nothing, because no member signed the Ghost in, so no member’s app encrypts to it.',
            'The order then targets one app instead: an update pushed to Bob’s phone makes his app sign the Ghost in and hide it from him. The other apps accept Bob’s signature, and the Ghost reads again. The 2019 open letter warned of exactly this: the backdoor becomes the app itself.',
          ],
          notes: [
            'Click the order on the left, then “Alice sends a message”: the Ghost column ticks. Do the same on the right: a cross, and the status says why (no member signed it in).',
            'Then order the client update to Bob’s phone and send again: the Ghost ticks on the right too. Ask: who could notice now? (Alice’s and Carol’s apps show “added by Bob”; Bob’s own app hides it. Open-source apps and reproducible builds make such an update harder to slip in.)',
            'Every tick is a real decryption attempt, not a lookup. Timing: about 2 minutes.',
          ],
        },
        'real-messengers': {
          title: 'What real messengers do',
          lead: 'Signal compares safety numbers, WhatsApp checks keys in a public log, MLS makes every app process each new member.',
          paragraphs: [
            'Signal lets contacts compare safety numbers and warns when a number changes.',
            'WhatsApp groups use “Sender Keys”: each sender shares a group key with the members over one-to-one encrypted sessions. WhatsApp’s server manages the list of group members, and the apps show changes in the chat. On 13 April 2023, WhatsApp announced key transparency and began rolling it out: an auditable directory that lets the app check automatically that the key it received for a contact is the one everyone else sees.',
            'The newer standard MLS (Messaging Layer Security, RFC 9420, published in 2023) goes further: adding a member is a “Commit” that every member’s app processes, and the newcomer appears in every member’s copy of the group’s tree. So every app learns of the change; an app built to hide it could still stay silent, which is why the apps themselves matter.',
          ],
          notes: [
            'Keep this short. The point: real apps already have the tools to notice a ghost, so hiding one would mean changing the apps themselves.',
            'Ask: which is harder to fool, a notice that a person must read, or a check that the app does automatically?',
            'Timing: about 2 minutes.',
          ],
        },
      },
    },
    escrow: {
      title: 'A backdoor for whom?',
      summary:
        'Key escrow: one master key for the authorities, and what happens when Mallory steals it.',
      steps: {
        'master-key': {
          title: 'One master key',
          lead: 'Key escrow: every message key is also locked for one master key held by an agency.',
          paragraphs: [
            'An older idea than the ghost is key escrow: every message key is also locked for one extra key held by an agency, a master key. The authorities then no longer need to join a chat. With the master key they can open any message they intercept.',
            'With escrow, every message carries one more wrapped key, addressed to the agency. Nothing changes on the members’ screens: the next step shows it in a messenger where the law requires escrow.',
            'Security experts call mechanisms like this backdoors: deliberate ways around the encryption. The Global Encryption Coalition’s letter described encryption backdoors as intentional security flaws that put every user’s security at risk.',
            'Escrow has been tried. In 1993 the US proposed the Clipper chip: each call carried a field holding the key for the authorities. In 1994 Matt Blaze showed that a device could fill that field with a forgery and still talk to other Clipper devices. The network cannot check an escrow that the users’ own devices must insert.',
          ],
          notes: [
            'Contrast with the ghost: the ghost is added to one chat when an order is issued; escrow is built into every message of every user, all the time.',
            'Timing: about 2 minutes.',
          ],
        },
        mallory: {
          title: 'Mallory steals the master key',
          demoTitle: 'The stolen master key',
          lead: 'Mallory steals the master key: she opens every message wrapped for the agency, past and future.',
          paragraphs: [
            'Mallory is the classic attacker of cryptography stories. In the demo she breaks into the agency and copies the master key. Go ahead: let her steal it.',
            'With that one key, Mallory opens every message that was wrapped for the agency, in every conversation: old messages she recorded earlier, and every new one until the key is replaced. Watch the table: her column fills in everywhere.',
            'Compare with the ghost. The ghost reads one conversation, and only from the moment it joins. A stolen master key reads everything, past and future.',
          ],
          notes: [
            'Ask how Mallory could get old messages. (Recorded network traffic, a hacked server, a copied backup.) Ciphertext that is harmless today becomes readable the day the key leaks.',
            'Ask: would anyone even notice the theft? Often not, and that is part of the danger.',
            'Timing: about 3 minutes.',
          ],
        },
        'good-guys-only': {
          title: 'Only for the good guys?',
          lead: 'One master key is one target for every attacker: weakening encryption for a few weakens it for everyone.',
          paragraphs: [
            'A master key has to be handled by people: agents, technicians, contractors. Each of them is a possible leak, and foreign intelligence services would treat the key as one of the most valuable targets in the country. One key means one target for every attacker at once. And a key cannot check a warrant: it opens the lock for whoever holds it.',
            'This is the “systemic vulnerabilities” argument that security experts made against the French clause: weakening encryption for a few people weakens it for every user, not just for criminals. The Global Encryption Coalition wrote that the law would “leave France less safe against criminals and foreign adversaries”. In 2015, fifteen security experts, including Whitfield Diffie and Ronald Rivest, reached the same conclusion in a report called “Keys Under Doormats”.',
          ],
          notes: [
            'Ask for real examples of leaks the students know: data breaches, leaked passwords. Any system run by people can leak.',
            'Play fair: supporters answer that access would be tightly controlled. In France an intelligence technique is authorised by the Prime Minister after an opinion of the CNCTR, an independent commission, and the DGSI said the access would target individuals who pose a threat, like a phone tap. Ask whether any oversight can stop a thief who already holds the key.',
            'Timing: about 2 minutes.',
          ],
        },
      },
    },
    after: {
      title: 'After the vote, and elsewhere',
      summary:
        'What France finally adopted, what came next, and the UK, the EU and Australia. Last checked: 28 November 2026.',
      steps: {
        france: {
          title: 'France: the law without the clause',
          lead: 'The law passed in April 2025 without the encryption clause; in June the Conseil constitutionnel struck down six articles.',
          paragraphs: [
            'The bill went on without the encryption clause. The Assembly passed it on 1 April 2025, deputies and senators agreed a common text on 10 April, and Parliament adopted it for good on 28 and 29 April 2025. The final text contains no obligation for messengers to open encrypted messages.',
            'On 12 June 2025 the Conseil constitutionnel struck down all or part of six articles. One was article 15, the experiment with algorithmic surveillance (including web addresses) that the Assembly had approved on the night of the vote: it did not survive. Other tools were upheld, such as remotely switching on a suspect’s phone or computer to record sound and images. The law was promulgated the next day as Loi n° 2025-532.',
            'Another tool had broad support: a stronger status for “repentis”, members of criminal networks who cooperate with justice. According to Gérald Darmanin, Justice Minister at the time, France had 42 of them against about 1,000 in Italy; their sentences could be cut by up to two thirds.',
            'The question came back. On 12 March 2025 the Senate added an article 16 bis to the cybersecurity (“Résilience”) bill: no one may force an encryption provider to build in a backdoor. In September 2025 the Assembly’s special committee widened it to “any other mechanism or process”, to cover the ghost. On 21 January 2026 the government asked deputy Florent Boudié to study, within three months, how investigators might lawfully reach encrypted messages.',
          ],
          timeline: [
            {
              status: 'adopted by the Senate',
              text: 'The Senate adds Article 8 ter (amendment no. 73): messaging services would have to give the intelligence services access to suspects’ messages.',
            },
            {
              status: 'deleted in committee',
              text: 'The Assembly’s law committee deletes Article 8 ter.',
            },
            {
              status: 'adopted by the Senate',
              text: 'In the cybersecurity (“Résilience”) bill, the Senate adds article 16 bis: encryption providers may not be forced to build in backdoors.',
            },
            {
              status: 'rejected',
              text: 'Late at night, after a roll call of all 577 deputies, the Assembly rejects the amendments restoring the clause, 119 to 24.',
            },
            {
              status: 'adopted, later struck down',
              text: 'The same evening, the Assembly approves an experiment with algorithmic surveillance against organised crime. The Conseil constitutionnel strikes it down on 12 June 2025 (article 15).',
            },
            {
              status: 'passed by the Assembly',
              text: 'The Assembly passes the whole bill at first reading, 436 to 75, without the encryption clause.',
            },
            {
              status: 'agreement',
              text: 'A joint committee of deputies and senators agrees on a common text.',
            },
            {
              status: 'final adoption',
              text: 'Final adoption: by the Senate on 28 April, then by the Assembly on 29 April. No encryption obligation.',
            },
            {
              status: 'decision',
              text: 'Decision 2025-885 DC: the Conseil constitutionnel censures all or part of six articles, including the algorithmic-surveillance experiment (article 15), and upholds the rest, including remote activation of devices.',
            },
            {
              status: 'promulgated',
              text: 'The law is promulgated as Loi n° 2025-532 of 13 June 2025.',
            },
            {
              status: 'widened in committee',
              text: 'The Assembly’s special committee widens article 16 bis to master keys “or any other mechanism or process” giving unauthorised access, to cover the ghost.',
            },
            {
              status: 'new minister',
              text: 'Laurent Nuñez replaces Bruno Retailleau as Interior Minister.',
            },
            {
              status: 'mission',
              text: 'A decree gives deputy Florent Boudié a three-month government mission on lawful access to encrypted communications.',
            },
          ],
          notes: [
            'Insist on the vocabulary: proposed, adopted by one chamber, deleted, rejected, promulgated. The encryption clause was adopted by the Senate, then deleted and rejected by the Assembly: it never became law.',
            'Ask: the vote protected encryption, yet the same law added other surveillance tools, such as remote activation of a suspect’s devices (the algorithmic experiment was struck down). Is that a contradiction? (Not necessarily: tools aimed at one suspect versus weakening everyone’s security.)',
            'Timing: with 5 minutes for the whole chapter, spend 2 on France and pick one other country.',
          ],
        },
        'united-kingdom': {
          title: 'United Kingdom: Apple’s encrypted backups',
          lead: '2025: a secret UK order to Apple, and Apple stops offering end-to-end encrypted iCloud backups to new UK users.',
          paragraphs: [
            'On 7 February 2025, The Washington Post reported that the UK government had served Apple with a secret “technical capability notice” under the Investigatory Powers Act 2016, demanding access to encrypted iCloud data. The law makes it an offence to reveal such a notice, so the public learned of it from the press.',
            'On 21 February 2025, Apple stopped offering Advanced Data Protection, its end-to-end encryption for iCloud, to new users in the UK, and said that current UK users would eventually have to turn it off.',
            'On 19 August 2025 the US Director of National Intelligence said the UK had agreed to drop the demand as far as it concerned Americans. The Financial Times then reported a new notice in September 2025, limited to British users’ data. On 1 October 2025 Apple said it still could not offer Advanced Data Protection to new UK users; Privacy International and Liberty were challenging the notices before the Investigatory Powers Tribunal.',
          ],
          timeline: [
            {
              status: 'reported',
              text: 'The Washington Post reports a secret technical capability notice ordering Apple to give access to encrypted iCloud data.',
            },
            {
              status: 'withdrawn',
              text: 'Apple withdraws Advanced Data Protection for new UK users.',
            },
            {
              status: 'reported',
              text: 'The US Director of National Intelligence says the UK has agreed to drop the demand as it concerned Americans’ data.',
            },
            {
              status: 'reported',
              text: 'The Financial Times reports a new notice, served in September, limited to UK users; Apple says Advanced Data Protection is still unavailable to new UK users.',
            },
          ],
          notes: [
            'Point out the differences with France: the demand is secret, and the company chose to withdraw a protection rather than build access.',
            'Ask: who loses when a security feature is withdrawn? (Every UK user, not only suspects.)',
          ],
        },
        'european-union': {
          title: 'European Union: “Chat Control”',
          lead: '“Chat Control”: proposed in 2022; in November 2025 EU governments dropped mandatory scanning. Not law yet.',
          paragraphs: [
            'In May 2022 the European Commission proposed a regulation to prevent and combat child sexual abuse online. Critics call it “Chat Control”, because it included detection orders that could require services to scan users’ messages, which would reach encrypted messengers too.',
            'On 26 November 2025, EU governments agreed the Council’s position. It dropped mandatory scanning orders, kept scanning by providers voluntary and added a duty to assess and reduce risks. It is not the final law: negotiations with the European Parliament (the “trilogues”) followed and had not produced a law by the date above.',
            'The temporary rule that lets providers scan voluntarily expired on 3 April 2026, after the Parliament voted against extending it on 26 March. Meanwhile the Commission’s security strategy, ProtectEU (April 2025), announced a roadmap on lawful access to data; the roadmap of 24 June 2025 aims to give Europol decryption capabilities by 2030.',
          ],
          timeline: [
            {
              status: 'proposed',
              text: 'The European Commission proposes the regulation, including detection orders that could require scanning.',
            },
            {
              status: 'strategy',
              text: 'The Commission’s ProtectEU strategy announces a roadmap on lawful access to data and a technology roadmap on encryption.',
            },
            {
              status: 'roadmap',
              text: 'The lawful-access roadmap plans an encryption technology roadmap in 2026 and Europol decryption capabilities by 2030.',
            },
            {
              status: 'Council position',
              text: 'The Council agrees its position without mandatory scanning orders; negotiations with the Parliament follow.',
            },
            {
              status: 'expired',
              text: 'The temporary rule allowing voluntary scanning expires after the Parliament voted against extending it (26 March 2026).',
            },
          ],
          notes: [
            'A good example of “proposed is not adopted”: more than three years after the proposal, the text was still being negotiated on 28 November 2026, when this chapter was last checked.',
            'Scanning messages on the phone before they are encrypted (“client-side scanning”) is a different way around end-to-end encryption from the ghost: the content is looked at before it is locked.',
          ],
        },
        australia: {
          title: 'Australia: a law with a limit',
          lead: 'Australia, 2018: companies must help the authorities, but cannot be forced to build a “systemic weakness”.',
          paragraphs: [
            'Australia’s Assistance and Access Act was passed on 6 December 2018. It lets the authorities require technology companies to help them, but it also sets a legal limit: a notice cannot require a company to build a “systemic weakness” into its systems.',
          ],
          timeline: [
            {
              status: 'passed',
              text: 'Parliament passes the Assistance and Access Act, with a statutory bar on requiring a “systemic weakness”.',
            },
          ],
          notes: [
            'Ask: is a ghost participant a “systemic weakness”? Governments and experts disagree, and that disagreement is the whole debate.',
            'As of 28 November 2026 we found no change to the Act since 2018.',
            'Timing: finish chapter 6 within 5 minutes.',
          ],
        },
      },
    },
    debate: {
      title: 'Debate and check',
      summary: 'Weigh both sides fairly, then check what you have learned.',
      steps: {
        'both-sides': {
          title: 'The strongest case on each side',
          lead: 'The investigators’ problem is real. The security problem is real too. And there are other tools.',
          paragraphs: [
            'The investigators’ problem is real. Drug networks use encrypted apps, and the head of the DGSI said her service was “blind” to what its targets say. The minister argued that reading messages could have halved the nine-month hunt for Mohamed Amra.',
            'They also answer the fear of abuse. The head of the DGSI described the access as targeted at individuals who pose a threat, a transposition of phone taps, and “absolutely not generalised surveillance”. In France an intelligence technique is authorised by the Prime Minister after an opinion of the CNCTR, an independent commission.',
            'The security problem is real too. To let one agency read, the system has to change for everyone: a ghost needs apps that can hide readers, and escrow needs a master key that can be stolen. Experts warned of “systemic vulnerabilities”, and 119 of the 143 deputies who voted rejected the clause.',
            'There are other tools, each with its own costs. The same bill contained powers to hack into a suspect’s own devices, which critics also opposed, and a stronger status for criminals who cooperate with justice.',
          ],
          notes: [
            'Run a 3-minute structured debate: half the class argues for access, half against, then swap for one minute. Before answering, each speaker must restate the other side’s best argument.',
            'Keep it respectful: both sides want people to be safe; they disagree about which risk is bigger.',
            'Timing: about 3 minutes.',
          ],
        },
        quiz: {
          title: 'Quiz',
          demoTitle: 'Quiz',
          lead: 'Six questions: some have more than one right answer.',
          paragraphs: [
            'Six questions. Some have one right answer, some have several: read each question carefully before you answer.',
          ],
          notes: [
            'Let students answer alone first, then go through the feedback for the questions most of them missed.',
            'Timing: about 3 minutes.',
          ],
        },
        'exit-question': {
          title: 'Exit question',
          demoTitle: 'Exit question',
          lead: 'Answer in a few sentences, using what you saw today.',
          paragraphs: [
            'Write your answer in a few sentences. There is no single right answer, but a good answer uses what you saw today.',
          ],
          notes: [
            'Collect the answers on paper or in the app. A good answer names who else could use the access, what the ghost needs the provider to hide, and how a careful app could catch it.',
            'Finish with the show of hands from the start of the lesson: has anyone changed their mind, and why?',
            'Timing: 1 to 2 minutes.',
          ],
        },
      },
    },
  },
  quiz: {
    'ghost-reads': {
      prompt: 'A ghost is added to a group chat on Tuesday. Which messages can it read?',
      choices: {
        a: {
          text: 'Every message since the group was created',
          feedback:
            'The keys of earlier messages were locked only for the devices that were members when those messages were sent. The ghost never received them.',
        },
        b: {
          text: 'Only the messages sent after it was added',
          feedback:
            'From Tuesday on, the members’ apps also lock each new message key for the ghost’s device, so it can read those messages, and only those.',
        },
        c: {
          text: 'None: the messages are encrypted',
          feedback:
            'The encryption is not broken, but the apps now encrypt for one more reader. The ghost holds a real key for every new message.',
        },
        d: {
          text: 'Only the messages written by the suspect',
          feedback:
            'The ghost is a member of the whole group: it reads every new message from every member, not just the suspect’s.',
        },
      },
    },
    'server-sees': {
      prompt:
        'Alice sends Bob an end-to-end encrypted message. What can the provider’s server see?',
      choices: {
        a: {
          text: 'The ciphertext',
          feedback:
            'The server stores and relays the ciphertext, but cannot turn it back into text.',
        },
        b: {
          text: 'Who sent it to whom, and when',
          feedback:
            'This is metadata: the server needs it to deliver the message, and end-to-end encryption does not hide it.',
        },
        c: {
          text: 'The text of the message',
          feedback:
            'Only Bob’s device holds a key that unlocks the message key. The server only ever sees scrambled bytes.',
        },
        d: {
          text: 'Roughly how long the message is',
          feedback:
            'The ciphertext is about as long as the text, so its size gives a hint. That is metadata too.',
        },
        e: {
          text: 'The message key',
          feedback:
            'The message key travels only in wrapped form, locked for each recipient device. The server cannot unwrap it.',
        },
      },
    },
    'escrow-worse': {
      prompt:
        'Why is key escrow (one master key for the authorities) riskier than a ghost added to one chat?',
      choices: {
        a: {
          text: 'Whoever steals the master key can read every conversation, past and future',
          feedback:
            'Every message key is also locked for the master key, so one theft exposes every user, including old messages that were recorded. A ghost reads one group, from the moment it joins.',
        },
        b: {
          text: 'Escrow uses weaker encryption than normal messages',
          feedback:
            'The encryption itself can be just as strong. The weakness is the extra copy of every key, locked for one key that can be stolen.',
        },
        c: {
          text: 'Only the police can ever use a master key',
          feedback:
            'A key does not check who holds it. Mallory, an insider or a foreign service holding a stolen copy can use it just as well.',
        },
        d: {
          text: 'Escrow makes the messages slower to send',
          feedback: 'Wrapping one more key is fast. The problem is security, not speed.',
        },
      },
    },
    'catch-ghost': {
      prompt: 'Which of these can help a careful app catch a ghost?',
      choices: {
        a: {
          text: 'Comparing safety numbers face to face',
          feedback:
            'If the server slipped in a different key, the numbers on the two phones no longer match.',
        },
        b: {
          text: 'Accepting only member-list changes signed by a member',
          feedback:
            'In a member-signed group the server cannot forge a member’s signature, so it cannot add a ghost alone. An order would have to force a member’s app to sign the ghost in.',
        },
        c: {
          text: 'Trusting the member list the server sends',
          feedback:
            'That list is exactly where the ghost hides: the server that adds the ghost is the one that writes the list.',
        },
        d: {
          text: 'Checking a public log to confirm that everyone sees the same key for a contact (key transparency)',
          feedback:
            'If the server gave your app a different key for a contact, for instance a ghost disguised as one of their devices, the check against the public log would fail.',
        },
        e: {
          text: 'Choosing a longer password for your account',
          feedback:
            'A strong password protects your account from other people, but it does not stop the provider itself from adding a reader.',
        },
      },
    },
    'vote-numbers': {
      prompt: 'What happened in the National Assembly on the night of 20 March 2025?',
      choices: {
        a: {
          text: 'After the voting system failed, all 577 deputies were called by name; 119 voted against, 24 for',
          feedback:
            'The roll call ended shortly before midnight. Only 143 deputies answered: most of the 577 were not in the chamber that late.',
        },
        b: {
          text: 'All 577 deputies voted against the clause',
          feedback: 'All 577 were called, but only 143 answered: 119 against and 24 for.',
        },
        c: {
          text: 'The clause passed, 119 to 24',
          feedback:
            'No, it is the other way round: 119 deputies voted against putting the clause back, 24 for.',
        },
        d: {
          text: 'The vote was cancelled because of a cyberattack',
          feedback:
            'The voting system did fail, but the chair said it was not a security problem, and the vote took place by roll call.',
        },
      },
    },
    'after-vote': {
      prompt: 'Which of these statements about what happened next are true?',
      choices: {
        a: {
          text: 'The French law promulgated on 13 June 2025 contains no obligation to open encrypted messages',
          feedback:
            'True. The clause was deleted and rejected in the Assembly and never came back: Loi n° 2025-532 has no such obligation.',
        },
        b: {
          text: 'The Conseil constitutionnel censured all or part of six articles of that law',
          feedback:
            'True. Decision 2025-885 DC of 12 June 2025 struck down all or part of six articles, including the experiment with algorithmic surveillance of web addresses approved on the night of the vote. Remote activation of devices was upheld.',
        },
        c: {
          text: 'In November 2025 the EU adopted a law obliging messengers to scan all messages',
          feedback:
            'False. On 26 November 2025 the Council only agreed its position, and that position dropped mandatory scanning orders. Negotiations with the Parliament followed.',
        },
        d: {
          text: 'Apple withdrew Advanced Data Protection for new users in the UK',
          feedback:
            'True. On 21 February 2025, after reports of a secret UK order, Apple stopped offering it to new UK users.',
        },
      },
    },
  },
  exitQuestion: {
    prompt:
      'A friend says: “A backdoor only for the police is fine. I have nothing to hide.” Answer them in three or four sentences, using what you saw today.',
    hint: 'Think about who else could use the same door (Mallory, an insider, a foreign service), what the ghost needs the provider to hide, how a careful app could catch it, and what investigators say they lose without access.',
  },
} satisfies LessonText;
