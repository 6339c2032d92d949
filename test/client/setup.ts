import { TextDecoder, TextEncoder } from "node:util";

// jsdom lacks the encoding globals react-router uses; Node's are the same API.
Object.assign(globalThis, { TextEncoder, TextDecoder });
