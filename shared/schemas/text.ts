import { z } from "zod";

/** A UTF-16 surrogate without its pair (e.g. from a JSON "\ud800" escape): such text cannot be stored or encoded. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A string that is well-formed Unicode: every schema's text fields use it, so bad text is a 400, never a 500. */
export const text = () => z.string().refine((value) => !LONE_SURROGATE.test(value), { message: "Text must be well-formed Unicode" });
