// `npx tsx bench/profile-interaction.ts [--what filter|hover|select|step] [--reps 6] [--under NAME]
// [--port 4313] [--dir dist-prof-4313]`: a CPU profile (Chromium CDP Profiler) of one kind of
// interaction on the bundled dataset (202 actors), repeated: the functions with the most self and
// inclusive time per repetition (--under run_micro_tasks: only what runs in Svelte's flush, i.e.
// the app's reaction to the input). For finding where an interaction's main-thread time goes
// (bench/browser.ts --bundled measures; this explains). Expects a built app in --dir (e.g. `npx
// vite build --mode e2e --minify false --outDir dist-prof-4313`).
import { profileSummary, type CpuProfile } from './cpu-profile';
import { option, withProbePage } from './page-harness';

const port = Number(option('port', '4313'));
const dir = option('dir', `dist-prof-${port}`);
const what = option('what', 'filter');
const reps = Number(option('reps', '6'));
const under = option('under', '');

async function main(): Promise<void> {
  await withProbePage({ port, dir, actors: 0 }, async ({ page }) => {
    await page.goto(`http://127.0.0.1:${port}/`);
    const idle = () =>
      page.waitForFunction(() => window.__alignmap?.idle === true, null, {
        timeout: 60_000,
        polling: 50,
      });
    await idle();
    const box = (await page.getByTestId('graph').boundingBox())!;
    // where the actor is now (a selection's camera move shifts it)
    const where = async () =>
      (await page.evaluate((id) => window.__alignmap!.viewportPosition(id), 'japan'))!;
    const box1 = page.locator('[data-testid="filter-relations"] input[type="checkbox"]').first();
    if (what === 'step') {
      await page.getByRole('radio', { name: 'At a date' }).check();
      await idle();
    }
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < reps; i++) {
      if (what === 'filter') await box1.click();
      else if (what === 'hover') {
        await page.mouse.move(box.x + 5, box.y + 5);
        await idle();
        const at = await where();
        await page.mouse.move(box.x + at.x, box.y + at.y);
      } else if (what === 'select') {
        const at = await where();
        await page.mouse.click(box.x + at.x, box.y + at.y);
        await idle();
        await page.keyboard.press('Escape');
      } else await page.getByTestId('time-at').press('ArrowLeft');
      await idle();
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    console.log(
      `${what}, ${reps} repetitions, ms per repetition${under ? `, under ${under}` : ''}`,
    );
    console.log(profileSummary(profile, { under, per: reps, self: 40, inclusive: 90 }));
  });
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
