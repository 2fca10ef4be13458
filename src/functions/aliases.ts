/*
 * The Dutch names as functions of their own: SE.POTENTIEEL is the same function as SE.POTENTIAL in
 * every Excel language (see bilingualMetadata in scripts/localize-metadata.js, which adds these
 * ids to both metadata files). Written out literally, like the associate calls the metadata plugin
 * appends; tests/functions/aliases.test.ts checks this list against the metadata.
 */
import { explain, figure, opportunity, potential, threat, version } from "./functions";

CustomFunctions.associate("POTENTIEEL", potential);
CustomFunctions.associate("UITLEG", explain);
CustomFunctions.associate("OPPORTUNITEIT", opportunity);
CustomFunctions.associate("BEDREIGING", threat);
CustomFunctions.associate("KENGETAL", figure);
CustomFunctions.associate("VERSIE", version);
