/* next.js runtime (trimmed) */
