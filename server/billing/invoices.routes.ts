import { Router } from "express";
import { IdParamsSchema } from "../../shared/schemas/common";
import { CreditNoteRequestSchema, InvoiceCsvQuerySchema, InvoiceListQuerySchema, InvoicePdfQuerySchema, PaymentRequestSchema } from "../../shared/schemas/billing";
import { currentUser } from "../accounts";
import type { AppContext } from "../platform/http/context";
import { parse } from "../platform/http/validate";
import type { Invoice } from "../platform/db/entities";
import { authorizedInvoice, deleteDraft, issueInvoice, markPaid } from "./invoice-issue.service";
import { creditInvoice } from "./credit-notes.service";
import { listInvoices, withLines } from "./invoice-query";
import { invoicesCsv } from "./invoices-csv";
import { invoicePdf } from "./invoice-pdf.service";
import { presentInvoice } from "./invoices.presenter";

/** Invoices (mounted at /invoices). */
export function invoiceRoutes(ctx: AppContext): Router {
  const router = Router();
  const present = async (invoice: Invoice) => ({ invoice: presentInvoice((await withLines(ctx.db.manager, [invoice]))[0]) });

  router.get("/", async (req, res) => {
    const query = parse(InvoiceListQuerySchema, req.query);
    const { items, total } = await listInvoices(ctx.db.manager, currentUser(req), query);
    res.json({ items: (await withLines(ctx.db.manager, items)).map(presentInvoice), total });
  });
  router.get("/:id", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    res.json(await present(await authorizedInvoice(ctx.db.manager, currentUser(req), id, "view")));
  });
  router.get("/:id/pdf", async (req, res) => {
    const { id } = parse(IdParamsSchema, req.params);
    const { lang } = parse(InvoicePdfQuerySchema, req.query);
    const pdf = await invoicePdf(ctx.db.manager, currentUser(req), id, lang);
    res.set("content-type", "application/pdf").set("content-disposition", pdf.disposition).set("cache-control", "private, no-store").send(pdf.body);
  });
  router.post("/:id/issue", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    res.json(await present(await ctx.db.write((em) => issueInvoice(em, user, id, ctx.clock.now()))));
  });
  router.post("/:id/credit-note", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const input = parse(CreditNoteRequestSchema, req.body);
    res.status(201).json(await present(await ctx.db.write((em) => creditInvoice(em, user, id, input, ctx.clock.now()))));
  });
  router.post("/:id/payment", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    const { paid } = parse(PaymentRequestSchema, req.body);
    res.json(await present(await ctx.db.write((em) => markPaid(em, user, id, paid, ctx.clock.now()))));
  });
  router.delete("/:id", async (req, res) => {
    const user = currentUser(req);
    const { id } = parse(IdParamsSchema, req.params);
    await ctx.db.write((em) => deleteDraft(em, user, id));
    res.status(204).end();
  });
  return router;
}

/** The month's issued invoices as CSV (mounted at /invoices.csv). */
export function invoiceCsvRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get("/", async (req, res) => {
    const query = parse(InvoiceCsvQuerySchema, req.query);
    const body = await invoicesCsv(ctx.db.manager, currentUser(req), query);
    res.set("content-type", "text/csv; charset=utf-8").set("content-disposition", `attachment; filename="invoices-${query.month}.csv"`).send(body);
  });
  return router;
}
