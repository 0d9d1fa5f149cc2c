import type { ButtonHTMLAttributes } from 'react';

/** Props of SmallButton: a button's own attributes plus its tone. */
export type SmallButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'className'> & { tone?: 'secondary' | 'danger' };

/**
 * The small button that acts on one item of a list or card ("Bearbeiten", "Erledigen",
 * "Wiederherstellen"); give it an accessible name that says which item (`aria-label`).
 */
export function SmallButton({ tone = 'secondary', ...props }: SmallButtonProps) {
  return <button type="button" className={`button button--${tone} button--small`} {...props} />;
}
