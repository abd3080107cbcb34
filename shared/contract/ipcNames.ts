/** The two IPC names behind the contract: every call goes through one, every event the other. */
export const IPC_INVOKE = 'crosscheck:invoke';
export const IPC_EVENT = 'crosscheck:event';
