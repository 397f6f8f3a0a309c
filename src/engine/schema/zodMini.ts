// Every schema the game builds takes `z` from here, so zod hears before any schema exists that it
// may not compile parsers with `new Function`: it decides as each schema is built, and the built
// page's Content-Security-Policy forbids eval (vite.config.ts), so its probe would be refused.
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
