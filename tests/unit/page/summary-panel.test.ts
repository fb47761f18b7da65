// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { SummaryPanel, type SummaryPanelProps } from '../../../components/page/summary-panel';
import type { ClaimKind } from '../../../utils/notes/note-types';

function props(overrides: Partial<SummaryPanelProps> = {}): SummaryPanelProps {
  return {
    summary: '2 quotes \u00b7 1 speaker \u00b7 1 statistic (1 unsourced)',
    kindCounts: { quote: 2, statistic: 1 },
    hidden: new Set<ClaimKind>(),
    claims: [
      { id: 'm1', kind: 'quote', text: '“First”' },
      { id: 'm2', kind: 'statistic', text: '12%' },
      { id: 'm3', kind: 'quote', text: '“Second”' },
    ],
    orphans: 0,
    onToggleKind: vi.fn(),
    onReveal: vi.fn(),
    onDisableSite: vi.fn(),
    ...overrides,
  };
}

const button = (panel: SummaryPanel, name: string) =>
  Array.from(panel.element.querySelectorAll('button')).find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name)!;

describe('SummaryPanel', () => {
  it('shows the summary and steps through the claims in both directions, wrapping', () => {
    const panel = new SummaryPanel(document);
    document.body.append(panel.element);
    const p = props();
    panel.update(p);
    expect(panel.element.textContent).toContain('2 quotes \u00b7 1 speaker');
    button(panel, 'Next').click();
    button(panel, 'Next').click();
    expect(p.onReveal).toHaveBeenLastCalledWith('m2');
    expect(panel.element.textContent).toContain('2 of 3');
    button(panel, 'Previous').click();
    button(panel, 'Previous').click();
    expect(p.onReveal).toHaveBeenLastCalledWith('m3');
  });

  it('skips hidden kinds, offers a toggle per kind and "not on this site"', () => {
    const panel = new SummaryPanel(document);
    document.body.append(panel.element);
    const p = props({ hidden: new Set<ClaimKind>(['quote']), orphans: 1 });
    panel.update(p);
    button(panel, 'Next').click();
    expect(p.onReveal).toHaveBeenLastCalledWith('m2');
    button(panel, 'Show details').click();
    const boxes = Array.from(panel.element.querySelectorAll('input[type="checkbox"]')) as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true]);
    boxes[0]!.click();
    expect(p.onToggleKind).toHaveBeenCalledWith('quote');
    expect(panel.element.textContent).toContain('1 note could not be placed');
    expect(panel.element.querySelectorAll('.claims li').length).toBe(1);
    button(panel, 'Not on this site').click();
    expect(p.onDisableSite).toHaveBeenCalled();
  });

  it('keeps keyboard focus on the same control when it redraws', () => {
    const panel = new SummaryPanel(document);
    document.body.append(panel.element);
    panel.update(props());
    button(panel, 'Next').focus();
    button(panel, 'Next').click();
    expect(document.activeElement?.textContent).toBe('Next');
  });
});
