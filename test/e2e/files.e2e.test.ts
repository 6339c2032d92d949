import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import sharp from "sharp";
import { consecutiveFree, nextWeekSlots } from "./calendar";
import { apiLogin, newPage, pageErrors, screenshot, signIn, useServerAndBrowser } from "./harness";

const e2e = useServerAndBrowser(7);

async function instrumentId(nameEn: string): Promise<number> {
  const { items } = (await fetch(`${e2e.server.url}/api/instruments?pageSize=100&lang=en`).then((r) => r.json())) as { items: { id: number; nameEn: string }[] };
  const found = items.find((i) => i.nameEn === nameEn);
  if (!found) throw new Error(`no instrument ${nameEn}`);
  return found.id;
}

/** A phone photo: a JPEG with the camera and a GPS position in its EXIF. */
const phonePhoto = () =>
  sharp({ create: { width: 1200, height: 900, channels: 3, background: "#2a9d8f" } })
    .jpeg()
    .withExif({ IFD0: { Make: "SecretCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "35/1 41/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "139/1 41/1 0/1" } })
    .toBuffer();

const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

describe("files", () => {
  test("an admin uploads a photo in the instrument editor (en, then ja); the catalogue card shows it, without EXIF", async () => {
    const xrd = await instrumentId("Powder X-ray diffractometer");
    const { context, page } = await newPage(e2e.browser, { locale: "en-US" });
    await signIn(page, e2e.server.url, "facility-admin@demo.example");
    await page.goto(`${e2e.server.url}/workspace/instruments/${xrd}`);
    const panel = page.getByTestId("photos-panel");
    await panel.getByRole("heading", { name: "Photos", exact: true }).waitFor();
    const form = page.getByTestId("add-photo");
    await form.getByLabel("Photo file").setInputFiles({ name: "xrd-front.jpg", mimeType: "image/jpeg", buffer: await phonePhoto() });
    await form.getByLabel("Description for screen readers (English)").fill("The diffractometer with its enclosure open");
    await form.getByLabel("Description for screen readers (Japanese)").fill("扉を開けた回折装置");
    await form.getByRole("button", { name: "Upload photo" }).click();
    await panel.getByText("Photo uploaded.").waitFor();
    const uploaded = panel.getByRole("img", { name: "The diffractometer with its enclosure open" });
    await uploaded.waitFor();
    const src = (await uploaded.getAttribute("src"))!;
    // The demo's drawn illustration was the main photo; removing it makes the upload the main one.
    await panel.getByTestId("photo-item").first().getByRole("button", { name: "Remove photo" }).click();
    await panel.getByText("Photo removed.").waitFor();
    assert.equal(await panel.getByTestId("photo-item").count(), 1);
    await panel.getByText("Main photo").waitFor();
    assert.match(src, /^\/api\/instruments\/\d+\/photos\/[0-9a-f]{32}\.webp$/);
    await panel.scrollIntoViewIfNeeded();
    await screenshot(page, "en-instrument-photo", "[data-testid=photos-panel]");

    const served = Buffer.from(await (await fetch(`${e2e.server.url}${src}`)).arrayBuffer());
    assert.equal((await sharp(served).metadata()).exif, undefined);
    assert.equal(served.includes("SecretCam"), false);

    await page.goto(`${e2e.server.url}/?q=${encodeURIComponent("diffractometer")}`);
    const card = page.getByTestId("instrument-card").filter({ hasText: "Powder X-ray diffractometer" }).first();
    const image = card.getByRole("img", { name: "The diffractometer with its enclosure open" });
    await image.waitFor();
    assert.equal(await image.getAttribute("src"), src);
    const loaded = await image.evaluate((img) => {
      const element = img as unknown as { complete: boolean; naturalWidth: number };
      return element.complete && element.naturalWidth > 0;
    });
    assert.ok(loaded, "the photo loads under the CSP");

    await page.getByRole("button", { name: "日本語" }).click();
    await page.goto(`${e2e.server.url}/workspace/instruments/${xrd}`);
    await page.getByTestId("photos-panel").getByRole("heading", { name: "写真", exact: true }).waitFor();
    await page.getByTestId("photos-panel").getByRole("img", { name: "扉を開けた回折装置" }).waitFor();
    await screenshot(page, "ja-instrument-photo", "[data-testid=photos-panel]");
    await context.close();
    assert.deepEqual(pageErrors, []);
  });

  test("a company attaches a PDF to its booking (ja); the staff member downloads it from the booking details (en)", async () => {
    const company = await apiLogin(e2e.server.url, "sme@demo.example");
    const tem = await instrumentId("Transmission electron microscope (TEM)");
    const run = consecutiveFree(await nextWeekSlots(e2e.server.url, tem), 2, 10);
    const booked = await fetch(`${e2e.server.url}/api/reservations`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${company}` },
      body: JSON.stringify({ instrumentId: tem, start: run[0].start, end: run[run.length - 1].end, purpose: "Lattice imaging of a catalyst", assistance: { type: "operation" } }),
    });
    assert.equal(booked.status, 201, await booked.clone().text());

    const { context, page } = await newPage(e2e.browser);
    await signIn(page, e2e.server.url, "sme@demo.example");
    await page.getByRole("button", { name: "日本語" }).click();
    await page.goto(`${e2e.server.url}/reservations`);
    const card = page.getByTestId("reservation").filter({ hasText: "透過電子顕微鏡" }).first();
    await card.getByText("添付ファイル", { exact: true }).click();
    await card.getByLabel("添付するファイル").setInputFiles({ name: "SDS_触媒.pdf", mimeType: "application/pdf", buffer: PDF });
    await card.getByRole("button", { name: "ファイルを添付" }).click();
    await card.getByText("ファイルを添付しました。").waitFor();
    await card.getByRole("link", { name: "SDS_触媒.pdf をダウンロード" }).waitFor();
    await context.close();

    const staff = await newPage(e2e.browser);
    await signIn(staff.page, e2e.server.url, "staff@demo.example");
    await staff.page.goto(`${e2e.server.url}/workspace/approvals`);
    const details = staff.page.getByTestId("reservation-details").filter({ hasText: "Lattice imaging of a catalyst" }).first();
    await details.getByText("Attached files", { exact: true }).click();
    const downloading = staff.page.waitForEvent("download");
    await details.getByRole("link", { name: "Download SDS_触媒.pdf" }).click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), "SDS_触媒.pdf");
    assert.ok(fs.readFileSync((await download.path())!).equals(PDF));
    await staff.context.close();
    assert.deepEqual(pageErrors, []);
  });
});
