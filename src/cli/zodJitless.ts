// Imported first by a command-line tool, before any module that builds a schema: zod decides per
// schema, as it is built, whether to compile a fast parser, so `z.config` after the imports comes
// too late. A tool parses each schema once, and compiling the parser costs more than it saves.
import { z } from 'zod';

z.config({ jitless: true });
