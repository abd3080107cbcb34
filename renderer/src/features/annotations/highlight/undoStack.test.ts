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
