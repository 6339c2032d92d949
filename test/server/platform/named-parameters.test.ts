import { bindNamed } from "../../../server/platform/db/named-parameters";
import { createTestApp, type TestApp } from "../../helpers/test-app";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const when = new Date("2027-06-07T01:02:03.004Z");

test.each([
  ["scalars of every kind", `SELECT * FROM "reservation" WHERE "id" = :id AND "purpose" = :purpose AND "starts_at" < :to AND "revision" > :revision`, { id: 41, purpose: "x", to: when, revision: 2 }],
  ["a name used twice", `SELECT * FROM "app_user" WHERE ("active" = :active OR "active" = :active) AND "email" = :email`, { active: true, email: "a@b.c" }],
  ["nulls and undefined", `SELECT * FROM "reservation" WHERE "cancelled_at" IS NOT DISTINCT FROM :gone AND "id" <> :none`, { gone: null, none: undefined }],
  ["an array (through the driver)", `SELECT * FROM "reservation" WHERE "status" IN (:...statuses) AND "id" = :id`, { statuses: ["pending", "confirmed"], id: 7 }],
  ["a name the SQL does not use", `SELECT 1 FROM "reservation" WHERE "id" = :id`, { id: 1, unused: "x" }],
])("the same SQL and values as the driver, first and later calls: %s", (_label, sql, parameters) => {
  const driver = t.db.dataSource.driver;
  for (const values of [parameters, { ...parameters, id: 99 }]) {
    expect(bindNamed(driver, sql, values)).toEqual(driver.escapeQueryWithParameters(sql, values));
  }
});

test("a later call with other values finds the rows those values name", async () => {
  const institution = await t.make.institution();
  const rows = async (id: number) =>
    t.db.manager.query(...bindNamed(t.db.dataSource.driver, `SELECT "id" FROM "institution" WHERE "id" = :id AND "closed_on_national_holidays" = :closed`, { id, closed: institution.closedOnNationalHolidays }));
  expect((await rows(institution.id)).map((row: { id: unknown }) => Number(row.id))).toEqual([institution.id]);
  expect(await rows(institution.id + 1000)).toEqual([]);
});
