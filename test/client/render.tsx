import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import i18n from "i18next";
import type { ReactNode } from "react";
import { initReactI18next } from "react-i18next";
import { MemoryRouter } from "react-router";
import { en } from "../../client/src/i18n/en";
import { ja } from "../../client/src/i18n/ja";

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ja: { translation: ja } },
  lng: "en",
  fallbackLng: "ja",
  interpolation: { escapeValue: false },
  react: { nsMode: "fallback" },
});

/**
 * Renders a client component with the real i18n resources, a query cache and a router, as the app does; `path` is
 * the address it opens at (query string included).
 */
export function renderWithApp(ui: ReactNode, options: { language?: "ja" | "en"; prime?: (client: QueryClient) => void; path?: string } = {}) {
  void i18n.changeLanguage(options.language ?? "en");
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  options.prime?.(client);
  return render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[options.path ?? "/"]}>{ui}</MemoryRouter>
    </QueryClientProvider>,
  );
}
