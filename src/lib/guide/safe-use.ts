/**
 * Topics read by people who may be watched by someone at home: they link to "Veilig gebruiken" (/veilig/),
 * right under the urgent lines, as GOV.UK and Veilig Thuis do on their pages about abuse.
 */
export const SAFE_USE_TOPICS: readonly string[] = ['domestic-violence'];
