/** The options of a role <select>: an empty choice first, then every role by title. */
export function RoleOptions({ roles, emptyLabel }: { roles: readonly { slug: string; title: string }[]; emptyLabel: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {roles.map((role) => (
        <option key={role.slug} value={role.slug}>
          {role.title}
        </option>
      ))}
    </>
  );
}
