/** Stops a CLI quietly when its reader goes away (`hocvuso ask … | head`) instead of crashing on EPIPE. */
export function quietPipe(out: NodeJS.WritableStream): { closed: () => boolean } {
  let closed = false;
  out.on('error', () => {
    closed = true;
  });
  return { closed: () => closed };
}
