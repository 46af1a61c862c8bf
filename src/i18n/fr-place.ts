/**
 * « de » before a place name, shared by the strings modules (fr.ts, fr-understood.ts): « d’Annecy », « du Puy-en-Velay »,
 * « des Abrets », « de Riom », « de votre position ».
 */
export const ofPlace = (place: string) =>
  /^le\s/i.test(place) ? `du ${place.slice(3)}` : /^les\s/i.test(place) ? `des ${place.slice(4)}` : /^[aeiouyàâäéèêëîïôöûüœ]/i.test(place) ? `d’${place}` : `de ${place}`;
