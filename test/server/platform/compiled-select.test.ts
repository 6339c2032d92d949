import { Instrument } from "../../../server/platform/db/entities";
import { compiledSelect } from "../../../server/platform/db/compiled-select";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const byIdAndStatus = compiledSelect<Instrument, { id: number; status: string }>((em) =>
  em
    .getRepository(Instrument)
    .createQueryBuilder("instrument")
    .innerJoinAndSelect("instrument.institution", "institution")
    .where("instrument.id = :id")
    .andWhere("instrument.status = :status"),
);

test("answers what the same query builder's getOne answers, for every new parameter value", async () => {
  const institution = await t.make.institution();
  const first = await t.make.instrument(institution);
  const second = await t.make.instrument(institution, { status: "maintenance" });
  for (const [id, status] of [[first.id, "active"], [second.id, "maintenance"], [second.id, "active"]] as const) {
    const expected = await t.db.manager
      .getRepository(Instrument)
      .createQueryBuilder("instrument")
      .innerJoinAndSelect("instrument.institution", "institution")
      .where("instrument.id = :id", { id })
      .andWhere("instrument.status = :status", { status })
      .getOne();
    const actual = await byIdAndStatus.getOne(t.db.manager, { id, status });
    expect(actual).toEqual(expected);
  }
  const found = await byIdAndStatus.getOne(t.db.manager, { id: second.id, status: "maintenance" });
  expect(found).toBeInstanceOf(Instrument);
  expect(found!.institution.id).toBe(institution.id);
  expect(found!.createdAt).toBeInstanceOf(Date);
});

test("runs inside a write transaction and sees its uncommitted rows", async () => {
  const institution = await t.make.institution();
  const instrument = await t.make.instrument(institution);
  const seen = await t.db.write(async (em) => {
    await em.getRepository(Instrument).update(instrument.id, { status: "retired" });
    return byIdAndStatus.getOne(em, { id: instrument.id, status: "retired" });
  });
  expect(seen?.id).toBe(instrument.id);
});

test("refuses a call that leaves a placeholder unbound", async () => {
  await expect(byIdAndStatus.getOne(t.db.manager, { id: 1 } as never)).rejects.toThrow('parameter "status" missing');
});
