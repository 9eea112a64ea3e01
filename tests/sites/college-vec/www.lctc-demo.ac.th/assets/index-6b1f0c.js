/* app bundle: menu toggle and analytics (trimmed) */
