/**
 * Puts the cursor in a dialog's first field once the dialog has opened, unless the user is
 * already in a field: someone who clicked into another field while the dialog was still opening
 * keeps their place, and what they type does not land in the first field.
 */
export function focusFirstField(field: { focus: () => void } | null | undefined): void {
  const active = document.activeElement
  const typing =
    active instanceof HTMLInputElement ||
    active instanceof HTMLTextAreaElement ||
    active instanceof HTMLSelectElement ||
    (active instanceof HTMLElement && active.isContentEditable)
  if (!typing) field?.focus()
}
