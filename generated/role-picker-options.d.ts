// Written by scripts/write-generated.ts at build, dev start and before the unit tests
// (generated/role-picker-options.js, not committed): the role pickers' options, the same for every visitor.
import type { RoleOption } from '@/lib/role-picker-options';

export const rolePickerOptions: RoleOption[];
