/** The loosest comparison of header wordings: letters and digits only, lower case. */
export function looseHeaderKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}
