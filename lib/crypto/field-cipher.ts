import { configuredKeyring } from "./configured-keyring";
import { fieldContext, type BytesColumn, type EncryptedTable, type RowKey, type TextColumn } from "./encrypted-fields";
import { openBytes, openText, sealBytes, sealText } from "./envelope";
import type { Keyring } from "./keyring";

// Write side of encryption at rest: every write of an encrypted column seals its value here, with the
// row it is written to. Reads decrypt in the database client (./decrypt-extension). Null stays null
// and an empty string stays empty (a marker, never a secret).
export function sealTextField<T extends EncryptedTable>(options: {
  table: T;
  column: TextColumn<T>;
  row: RowKey<T>;
  value: string | null;
  keyring?: Keyring;
}): string | null {
  if (!options.value) return options.value;
  const keyring = options.keyring ?? configuredKeyring();
  return sealText({ keyring, context: fieldContext(options), plaintext: options.value });
}

export function sealBytesField<T extends EncryptedTable>(options: {
  table: T;
  column: BytesColumn<T>;
  row: RowKey<T>;
  value: Uint8Array;
  keyring?: Keyring;
}): Uint8Array<ArrayBuffer> {
  const keyring = options.keyring ?? configuredKeyring();
  return sealBytes({ keyring, context: fieldContext(options), plaintext: options.value });
}

// For the few raw SQL reads that bypass the client's extension.
export function openTextField<T extends EncryptedTable>(options: {
  table: T;
  column: TextColumn<T>;
  row: Readonly<Record<string, unknown>>;
  value: string | null;
  keyring?: Keyring;
}): string | null {
  if (!options.value) return options.value;
  const keyring = options.keyring ?? configuredKeyring();
  return openText({ keyring, context: fieldContext(options), sealed: options.value });
}

export function openBytesField(options: {
  table: EncryptedTable;
  column: string;
  row: Readonly<Record<string, unknown>>;
  value: Uint8Array | null;
  keyring?: Keyring;
}): Uint8Array<ArrayBuffer> | null {
  if (!options.value) return null;
  const keyring = options.keyring ?? configuredKeyring();
  return openBytes({ keyring, context: fieldContext(options), sealed: options.value });
}
