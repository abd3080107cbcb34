import { describe, expect, it } from 'vitest';
import { UndoStack } from './undoStack';

/** A stored value and the actions that change it, as the highlight actions change a row. */
function counter() {
  const log: string[] = [];
  let value = 0;
  const set = (label: string, from: number, to: number) => ({
    label,
    undo: async () => {
      value = from;
      log.push(`undo ${label}`);
    },
    redo: async () => {
      value = to;
      log.push(`redo ${label}`);
    }
  });
  return {
    log,
    get value() {
      return value;
    },
    set: (label: string, to: number) => {
      const entry = set(label, value, to);
      value = to;
      return entry;
    }
  };
}

describe('UndoStack', () => {
  it('undoes the latest action first and redoes in the order undone', async () => {
    const stack = new UndoStack();
    const c = counter();
    stack.push(c.set('a', 1));
    stack.push(c.set('b', 2));
    expect(await stack.undo()).toEqual({ label: 'b' });
    expect(c.value).toBe(1);
    expect(await stack.undo()).toEqual({ label: 'a' });
    expect(c.value).toBe(0);
    expect(await stack.undo()).toBeNull();
    expect(await stack.redo()).toEqual({ label: 'a' });
    expect(await stack.redo()).toEqual({ label: 'b' });
    expect(c.value).toBe(2);
    expect(await stack.redo()).toBeNull();
  });

  it('drops what was undone when a new action is done', async () => {
    const stack = new UndoStack();
    const c = counter();
    stack.push(c.set('a', 1));
    await stack.undo();
    stack.push(c.set('b', 5));
    expect(stack.canRedo).toBe(false);
    expect(await stack.redo()).toBeNull();
    await stack.undo();
    expect(c.value).toBe(0);
  });

  it('runs a second undo only after the first has finished', async () => {
    const stack = new UndoStack();
    const order: string[] = [];
    let release = () => {};
    stack.push({ label: 'a', undo: async () => void order.push('a'), redo: async () => {} });
    stack.push({
      label: 'b',
      undo: () =>
        new Promise<void>((resolve) => {
          release = () => {
            order.push('b');
            resolve();
          };
        }),
      redo: async () => {}
    });
    const first = stack.undo();
    const second = stack.undo();
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(['b', 'a']);
  });

  it('drops an entry whose undo fails and keeps the ones before it', async () => {
    const stack = new UndoStack();
    const c = counter();
    stack.push(c.set('a', 1));
    stack.push({ label: 'broken', undo: () => Promise.reject(new Error('refused')), redo: async () => {} });
    await expect(stack.undo()).rejects.toThrow('refused');
    expect(await stack.undo()).toEqual({ label: 'a' });
    expect(c.value).toBe(0);
  });

  it('undoes an action still being saved once it is saved, not the action before it', async () => {
    const stack = new UndoStack();
    const c = counter();
    stack.push(c.set('note', 1));
    let saved = () => {};
    stack.push(c.set('recolour', 2), new Promise<void>((resolve) => (saved = resolve)));
    const undone = stack.undo();
    await new Promise((r) => setTimeout(r, 10));
    // Nothing is taken back while the recolour is on its way; then the recolour is.
    expect(c.value).toBe(2);
    saved();
    expect(await undone).toEqual({ label: 'recolour' });
    expect(c.value).toBe(1);
    expect(await stack.redo()).toEqual({ label: 'recolour' });
    expect(c.value).toBe(2);
  });

  it('takes an action whose save failed off the stack; an undo waiting for it takes nothing back', async () => {
    const stack = new UndoStack();
    const c = counter();
    stack.push(c.set('note', 1));
    let fail = (_error: Error) => {};
    const save = new Promise<void>((_resolve, reject) => (fail = reject));
    stack.push({ label: 'recolour', undo: async () => void c.log.push('undo recolour'), redo: async () => {} }, save);
    const waiting = stack.undo();
    fail(new Error('refused'));
    expect(await waiting).toBeNull();
    expect(c.log).toEqual([]);
    expect(await stack.undo()).toEqual({ label: 'note' });
    expect(c.value).toBe(0);

    // Failed before any undo: it leaves the stack at once.
    const other = new UndoStack();
    other.push(c.set('tag', 3));
    const refused = Promise.reject(new Error('refused'));
    other.push({ label: 'colour', undo: async () => void c.log.push('undo colour'), redo: async () => {} }, refused);
    await refused.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 0));
    expect(await other.undo()).toEqual({ label: 'tag' });
    expect(c.log).toEqual(['undo note', 'undo tag']);
    expect(other.canUndo).toBe(false);
  });

  it('keeps at most its limit of actions', async () => {
    const stack = new UndoStack(2);
    const c = counter();
    stack.push(c.set('a', 1));
    stack.push(c.set('b', 2));
    stack.push(c.set('c', 3));
    await stack.undo();
    await stack.undo();
    expect(await stack.undo()).toBeNull();
    expect(c.value).toBe(1);
  });

  it('tells subscribers when what can be undone changes', async () => {
    const stack = new UndoStack();
    const seen: boolean[] = [];
    stack.subscribe(() => seen.push(stack.canUndo));
    stack.push({ label: 'a', undo: async () => {}, redo: async () => {} });
    await stack.undo();
    expect(seen).toEqual([true, false, false]);
  });
});
