import { describe, expect, it } from 'vitest';
import type { TextReport } from '../../src/testing/textReport';
import { overlapProblems } from '../e2e/textChecks';

const canvasText = (text: string, x: number, y: number): TextReport => ({
  scene: 'Title',
  text,
  fontPx: 20,
  role: 'content',
  bounds: { x, y, width: 100, height: 24 },
  lines: [{ x, y, width: 100, height: 24 }],
  frame: null,
  frameKind: null,
  brokenWord: null,
  hiddenLines: 0,
});

// The title's menu: a page button whose label is the page's own text inside its face.
const menuButton = {
  text: 'New game',
  bounds: { x: 140, y: 315, width: 80, height: 20 },
  layered: false,
  button: { x: 100, y: 300, width: 300, height: 50 },
};

describe('texts that run into a button they do not label', () => {
  it('finds a canvas text over the face of a page button, not over its label', () => {
    // Left of the label, inside the face.
    const problems = overlapProblems([canvasText('Not By Accident', 10, 310)], [menuButton]);
    expect(problems).toEqual(['"Not By Accident" runs into the button "New game"']);
  });

  it('lets a page button keep its own label, and a text beside the face be', () => {
    expect(overlapProblems([canvasText('Motto', 10, 400)], [menuButton])).toEqual([]);
  });

  it('leaves out a page button drawn over the canvas on purpose (in a dialog)', () => {
    const inDialog = { ...menuButton, layered: true };
    expect(overlapProblems([canvasText('Not By Accident', 10, 310)], [inDialog])).toEqual([]);
  });
});
