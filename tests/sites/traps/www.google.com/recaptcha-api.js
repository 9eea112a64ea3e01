/* reCAPTCHA v2 loader (fixture stub) */
