import "server-only";
import bcrypt from "bcryptjs";

// Cost 10 is bcrypt's default: about 70 ms a hash on this hardware class, slow enough against offline guessing.
const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}
