/**
 * Words the phone's and the teacher's live pages both say, written once here
 * and spread into each side's namespace (`livePhone`, `liveTeacher`): the
 * page's name, the server check, the connection's states.
 */
export const liveSharedEn = {
  title: 'Live class',
  checking: 'Looking for the classroom server…',
  connection: {
    connecting: 'Connecting to the class…',
    online: 'Online',
    retrying_one: 'Connection lost. Reconnecting in {{count}} s…',
    retrying_other: 'Connection lost. Reconnecting in {{count}} s…',
  },
};

/** The shape of the shared words in every language. */
export type LiveSharedStrings = typeof liveSharedEn;
