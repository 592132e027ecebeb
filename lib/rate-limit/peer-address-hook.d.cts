// Side effects only: installs the peer-address hook (see peer-address-hook.cjs).
export {}
