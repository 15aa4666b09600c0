import { rmSync } from 'node:fs';
import { defaultExercisedDir } from './helpers/exercised';

/** Gives the workers one fresh folder to record exercised endpoints in (see helpers/exercised.ts). */
export default function globalSetup(): void {
  const dir = defaultExercisedDir();
  rmSync(dir, { recursive: true, force: true });
  process.env.EXERCISED_DIR = dir;
}
