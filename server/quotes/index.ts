export { quoteRoutes } from "./quotes.routes";
export { issueQuote } from "./quote.service";
export { answerQuote } from "./quote-answer.service";
