import type { ComponentProps } from 'react';
import { buttonClass, primaryButtonClass } from './styles';

/** The site's button: `primary` for the one action a form exists for, `secondary` for the rest. */
export function Button({ variant = 'secondary', className, type = 'button', ...props }: ComponentProps<'button'> & { variant?: 'primary' | 'secondary' }) {
  const base = variant === 'primary' ? primaryButtonClass : buttonClass;
  return <button type={type} className={className ? `${base} ${className}` : base} {...props} />;
}
