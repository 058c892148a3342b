import { LIMITS } from "../calc";

/** The help of the command line (French), shown by `fs-ctec --help` and after a usage error. */
export const USAGE = `fs-ctec — économie des France Services sous une convention départementale

Utilisation :
  fs-ctec compute FICHIER [--json | --csv] [--sans-traces]   calcule une convention
      [--xlsx CLASSEUR.xlsx]                                   écrit aussi le classeur de la convention
      [--xlsx-par-gestionnaire DOSSIER]                        écrit aussi un classeur par gestionnaire
      [--remplacer]                                            remplace les classeurs qui existent déjà
  fs-ctec compute FICHIER --projection 2022-2026 [--json]     projection pluriannuelle
  fs-ctec example                                              affiche l'exemple (Vosges 2022, illustratif)
  fs-ctec example --structures N [--graine S]                  génère un scénario synthétique de N structures
  fs-ctec schema                                               affiche le schéma JSON d'un scénario

FICHIER « - » lit l'entrée standard. Un fichier de ${LIMITS.fileBytes / 1024 / 1024} Mo au plus.
Les classeurs .xlsx portent des formules Excel natives (sans le complément) ; la sortie standard
garde son rapport (tableau, --json ou --csv) ; pas de classeur pour une projection. Un classeur
existant n'est jamais remplacé sans --remplacer. Dans DOSSIER (créé s'il manque), un fichier par
gestionnaire, nommé d'après son nom et son identifiant (nom-du-gestionnaire_identifiant.xlsx).
Codes de sortie : 0 succès, 2 fichier, scénario ou option invalide (ou mémoire insuffisante), 1 erreur inattendue.`;
