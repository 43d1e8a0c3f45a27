/** A one-line progress bar redrawn in place on a terminal (stderr only). */
export class ProgressBar {
  private last = 0;
  constructor(private readonly out: NodeJS.WriteStream) {}

  update(done: number, total: number, label: string): void {
    const now = Date.now();
    if (done < total && now - this.last < 80) return; // redraw at most ~12 times a second
    this.last = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    const cols = this.out.columns ?? 100;
    const head = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} `;
    const room = Math.max(0, cols - head.length - 1);
    const tail = label.length > room ? '…' + label.slice(label.length - room + 1) : label;
    this.out.write(`\r\x1b[2K${head}${tail}`);
  }

  clear(): void {
    this.out.write('\r\x1b[2K');
  }

  done(): void {
    this.clear();
  }
}
