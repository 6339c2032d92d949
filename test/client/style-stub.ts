// Stands in for a stylesheet a component imports (see jest.config.js).
export {};
