import type { ButtonHTMLAttributes } from 'react'

type Variant = 'primary' | 'secondary' | 'danger'

const styles: Record<Variant, string> = {
  primary: 'bg-accent text-white hover:bg-accent-dark',
  secondary: 'border border-ink bg-white text-ink hover:bg-paper',
  danger: 'bg-bad text-white hover:bg-red-900',
}

export function Button({
  variant = 'primary',
  className = '',
  type = 'submit',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`inline-block min-h-11 rounded-md px-5 py-2.5 font-semibold ${styles[variant]} ${className}`}
      {...props}
    />
  )
}
