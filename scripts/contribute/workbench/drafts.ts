// Unsaved work, kept beside the records in <data>/.drafts/<id>.json on every change the page
// checks, so that a closed tab or a crash loses nothing: the page offers it back when the
// record is opened again. A draft names the version of the record it starts from, and is
// gone once the record is saved. The folder is not part of the data (git ignores it).
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../shared/atomic-write.ts';

export interface Draft {
  /** The record and the entity and registry event files being edited, as the page holds them. */
  change: { record: unknown; entities: unknown[]; events: unknown[] };
  /** The sha256 of the record file the work starts from. */
  version: string;
  savedAt: string;
}

export class Drafts {
  private readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, '.drafts');
  }

  private file(id: string): string {
    return path.join(this.dir, `${id}.json`);
  }

  write(id: string, draft: Omit<Draft, 'savedAt'>): { savedAt: string } {
    const savedAt = new Date().toISOString();
    fs.mkdirSync(this.dir, { recursive: true });
    writeFileAtomic(this.file(id), JSON.stringify({ ...draft, savedAt }) + '\n');
    return { savedAt };
  }

  /** The draft kept for a record, or null (also for a file that cannot be read as one). */
  read(id: string): Draft | null {
    try {
      const d = JSON.parse(fs.readFileSync(this.file(id), 'utf8')) as Draft;
      return typeof d.version === 'string' && typeof d.savedAt === 'string' && typeof d.change === 'object' ? d : null;
    } catch {
      return null;
    }
  }

  remove(id: string): boolean {
    const existed = fs.existsSync(this.file(id));
    fs.rmSync(this.file(id), { force: true });
    return existed;
  }

  rename(from: string, to: string): void {
    if (fs.existsSync(this.file(from))) fs.renameSync(this.file(from), this.file(to));
  }
}
