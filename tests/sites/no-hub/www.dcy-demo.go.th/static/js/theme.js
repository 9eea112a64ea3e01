/* menu toggles (trimmed for fixture) */
