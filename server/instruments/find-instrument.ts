import type { EntityManager } from "typeorm";
import { compiledSelect } from "../platform/db/compiled-select";
import { Instrument } from "../platform/db/entities";
import { NotFound } from "../platform/errors";

const instrumentById = compiledSelect<Instrument, { id: number }>((em) =>
  em.getRepository(Instrument).createQueryBuilder("instrument").innerJoinAndSelect("instrument.institution", "institution").where("instrument.id = :id"),
);

export async function findInstrument(em: EntityManager, id: number): Promise<Instrument> {
  const instrument = await instrumentById.getOne(em, { id });
  if (!instrument) throw new NotFound("Instrument");
  return instrument;
}
