// The checking worker (a module worker): see ./worker-core.js.
import * as ns from '../pkg/claimcheck.js';
import { serve } from './worker-core.js';

serve(ns);
