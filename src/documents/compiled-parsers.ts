import * as z from 'zod/mini';
import { useCompiler } from './parse';

// Imported by every entry of the package (not by the spreadsheet bundle): in Node and wherever code generation is
// allowed, the documents are read by zod's compiled parsers (./parse.ts says when they are not).
useCompiler(z.compile);
