// The demo's last look: the secretariat opens the dashboard sidebar. Its data is read through the
// same server function the page calls, and, when Debian's Chromium is installed, the page itself
// is rendered in it (google.script.run bridged to the emulator) and saved as out/dashboard.png.

import path from 'node:path';
import type { Emulator } from '../test/emulator';
import { emulatorCall, launchBrowser, servePages } from '../test/browser/harness';
import type { DashboardView } from '../src/ui/sidebar-contract';

export interface DashboardLook {
  view: DashboardView;
  /** The screenshot's path, or null without Chromium. */
  screenshot: string | null;
}

export async function lookAtDashboard(emu: Emulator, secretary: string, outDir: string, measure: (step: string, action: () => void) => void): Promise<DashboardLook> {
  let view: DashboardView | null = null;
  const call = emulatorCall(emu, { user: secretary });
  measure('Mở bảng điều khiển (menu) và đọc dữ liệu của nó', () => {
    emu.clickMenu('Mở bảng điều khiển', { user: secretary });
    view = JSON.parse(JSON.stringify(call('sidebarDashboard', []))) as DashboardView;
  });
  const browser = await launchBrowser();
  if (!browser) return { view: view!, screenshot: null };
  const server = await servePages({ call });
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(server.url(emu.ui.sidebars[emu.ui.sidebars.length - 1].content));
    await page.waitForSelector('[data-section="steps"]');
    const file = path.join(outDir, 'dashboard.png');
    await page.screenshot({ path: file, fullPage: true });
    return { view: view!, screenshot: file };
  } finally {
    await server.close();
    await browser.close();
  }
}
