/** The content model: one schema per kind of file, and the lists they use. */
export * from './standard.ts';
export * from './reperes.ts';
export * from './typologies.ts';
export { VenueSchema, VenueFieldsSchema, StopSchema, AnnonceSchema, type Venue, type VenueInput, type SchemaContext } from './venue.ts';
export { OperatorSchema, OperatorFieldsSchema, type Operator } from './operator.ts';
export { LeverSchema, type Lever as LeverEntry } from './lever.ts';
export { TerritorySchema, SubTerritorySchema, type Territory, type SubTerritory } from './territory.ts';
export { issuesToProblems, formatProblem, parseWithProblems, type Problem } from './errors.ts';
