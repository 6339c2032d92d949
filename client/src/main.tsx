import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router";
import { setApiLanguage } from "./api/http";
import { router } from "./app/routes";
import { currentLanguage, i18n, initI18n } from "./i18n";
import "./styles.css";
import { sessionKeys } from "./api/query-keys";

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

void initI18n().then(() => {
  setApiLanguage(currentLanguage());
  i18n.on("languageChanged", () => {
    setApiLanguage(currentLanguage());
    // Localized fields (names, descriptions) come from the API in the chosen language.
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== sessionKeys.all[0] });
  });
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
});
