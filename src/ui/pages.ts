// The HTML pages scripts/build.mjs makes (build/<name>.html, pushed as HTML files) and their size.

export const DASHBOARD_PAGE = 'Dashboard';
export const WIZARD_PAGE = 'Wizard';

/** The wizard dialog, in px: a step list beside a two-column list of units fits without scrolling sideways. */
export const WIZARD_SIZE = { width: 960, height: 680 };
