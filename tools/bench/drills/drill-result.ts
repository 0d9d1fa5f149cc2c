/** Outcome of a fault drill: PASS/FAIL and the numbers behind it. */
export interface DrillResult {
  name: string;
  pass: boolean;
  /** One line with the numbers that decided it. */
  summary: string;
  figures: Record<string, number | string | boolean>;
}

/** A drill that could not even run (setup threw) counts as FAIL with the reason. */
export async function runDrill(name: string, drill: () => Promise<DrillResult>): Promise<DrillResult> {
  console.log(`\n▶ drill: ${name}`);
  try {
    const result = await drill();
    console.log(`  ${result.pass ? 'PASS' : 'FAIL'}: ${result.summary}`);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`  FAIL: aborted – ${reason}`);
    return { name, pass: false, summary: `aborted: ${reason}`, figures: {} };
  }
}
