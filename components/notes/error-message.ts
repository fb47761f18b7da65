/** A sentence for the reader from whatever a failed call threw (the messenger rethrows the background's Error). */
export function errorMessage(failure: unknown): string {
  if (failure instanceof Error && failure.message) return failure.message;
  if (typeof failure === 'string' && failure) return failure;
  return 'unknown error';
}
